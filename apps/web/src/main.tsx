import { render } from 'preact';
import { createDashboardClient } from './api';
import { App } from './app';
import './styles.css';

render(<App client={createDashboardClient()} />, document.getElementById('app') as HTMLElement);

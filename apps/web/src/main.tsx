import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiClient } from './api/client';
import { App } from './app/App';
import { SessionProvider } from './app/session';
import './styles/base.css';
import './styles/components.css';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <SessionProvider client={new ApiClient()}>
        <App />
      </SessionProvider>
    </BrowserRouter>
  </StrictMode>,
);

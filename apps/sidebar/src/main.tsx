import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProvider } from './app/provider';
import { initI18n } from './lib/i18n';
import './styles/tokens.css';
import './styles/base.css';
import './components/ui/forms.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const container = root;
// Rendering once the chosen language's catalog has arrived avoids a flash of raw keys.
void initI18n().then((i18n) => {
  createRoot(container).render(
    <StrictMode>
      <AppProvider i18n={i18n}>
        <App />
      </AppProvider>
    </StrictMode>,
  );
});

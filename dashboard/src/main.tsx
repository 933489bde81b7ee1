import { createRoot } from 'react-dom/client';
import { App } from './App';
import { settleAnimations } from './chart-setup';

settleAnimations();
createRoot(document.getElementById('root')!).render(<App />);

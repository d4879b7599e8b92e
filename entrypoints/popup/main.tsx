import { render } from 'preact';
import '../../assets/theme.css';
import './style.css';
import { sendToBackground } from '../../lib/messaging';
import { PopupApp } from '../../lib/ui/popup/PopupApp';

// Wiring only.
render(<PopupApp api={sendToBackground} />, document.getElementById('app')!);

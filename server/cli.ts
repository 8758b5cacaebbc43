/** `fresco/bin/fresco [command]`: with no command, starts the server exactly as `npm start` does. */
import './main';

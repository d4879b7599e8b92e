/** The quick-hide keyboard command's name in the manifest (the browser tells the background when it is pressed). */
export const QUICK_HIDE_COMMAND = 'quick-hide';

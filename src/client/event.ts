import './common';
import './elements/copy-snippet';

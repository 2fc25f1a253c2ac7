import './common';

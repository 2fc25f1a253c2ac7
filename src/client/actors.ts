import './common';
import './elements/actor-network';

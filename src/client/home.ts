// The timeline page: filters and search, the D3 overview, the lazy vis-timeline, the list.
import './common';
import './elements/event-filters';
import './elements/activity-overview';
import './elements/timeline-view';
import './elements/event-list';

// The events the page's views send each other: filters changed, a time window chosen, an event focused.

export interface FilterChangeDetail {
  visible: string[];
}

/** The window the overview chose; empty start and end: all events. */
export interface RangeChangeDetail {
  start: string;
  end: string;
}

export const FILTER_EVENT = 'timeline:filter';
export const RANGE_EVENT = 'timeline:range';
export const FOCUS_EVENT = 'timeline:focus';
/** The timeline shows every event again: the overview clears its brush. */
export const SHOW_ALL_EVENT = 'timeline:show-all';

/** The latest filter result, for views that start after the filters ran. */
export const filterState: { visible: string[] | null } = { visible: null };

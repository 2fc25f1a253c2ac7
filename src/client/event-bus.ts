// The events the page's views send each other: filters changed, a time window chosen, an event focused.

export interface FilterChangeDetail {
  visible: string[];
}

export interface RangeChangeDetail {
  start: string;
  end: string;
}

export const FILTER_EVENT = 'timeline:filter';
export const RANGE_EVENT = 'timeline:range';
export const FOCUS_EVENT = 'timeline:focus';

/** The latest filter result, for views that start after the filters ran. */
export const filterState: { visible: string[] | null } = { visible: null };

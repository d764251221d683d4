// Engagement events: fields, queries and the record mutation.
import './engagement-event';

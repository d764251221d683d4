// Projects: fields, queries and the create/update mutations.
import './project';

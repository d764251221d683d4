// Households (restricted, like their members): household, its members, their queries and mutations.
import './household-member';
import './household';

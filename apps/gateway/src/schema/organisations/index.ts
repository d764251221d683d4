// Organisations: donors, partners and government bodies.
import './organisation';

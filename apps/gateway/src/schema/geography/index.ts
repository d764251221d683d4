// Iraq's reference geography: AdminArea, its queries and area-name resolution.
import './admin-area';

import type { GatewayContext } from '../../context';
import { uuidFromArgument } from '../common/ids';

/**
 * The UUID of the programme a query argument names (global id or UUID), or null when it
 * names none: queries scoped to a programme answer null for an unknown one rather than
 * an empty result that looks like a real programme with nothing in it.
 */
export async function existingProgrammeId(context: GatewayContext, argument: string | number): Promise<string | null> {
  const id = uuidFromArgument(String(argument), 'Programme');
  if (id === null) return null;
  const programme = await context.prisma.programme.findUnique({ where: { id }, select: { id: true } });
  return programme === null ? null : id;
}

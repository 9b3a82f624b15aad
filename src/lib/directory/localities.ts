/** Helpers for locality pages. */

/**
 * A locality's Early Help team: the early help service of that locality whose
 * name says it is the Early Help team ("Erdington Early Help team").
 */
export function earlyHelpTeamOf<T extends { data: { name: string; localities: readonly string[] } }>(
  localityKey: string,
  services: readonly T[],
): T | undefined {
  return services.find(
    (service) => service.data.localities.includes(localityKey) && /early help team/i.test(service.data.name),
  );
}

// Hourly cost of a device that is bought rather than rented (consumer GPUs, Macs, boards): its launch price
// spread over its service life, plus the electricity it draws at full power.
import { WATTS_PER_KW } from '../units';

/** Service life over which a bought device is written off, hours (3 years; assumption). */
export const SERVICE_LIFE_HOURS = 3 * 365 * 24;

/** Electricity price, USD per kWh. Source: US EIA Electric Power Monthly, 2024 average residential price 16.5 cents/kWh. */
export const ELECTRICITY_USD_PER_KWH = 0.165;

/** Launch price over the service life plus electricity at `watts`, USD per hour. */
export function ownedDeviceHourlyUsd(launchPriceUsd: number, watts: number): number {
  return launchPriceUsd / SERVICE_LIFE_HOURS + (watts / WATTS_PER_KW) * ELECTRICITY_USD_PER_KWH;
}

/** The source text of an owned device's price. */
export function ownedPriceSource(launchPriceText: string): string {
  return `${launchPriceText}, written off over 3 years (assumption) plus electricity at full power at 16.5 cents/kWh (US EIA 2024 residential average)`;
}

import type { Me, RestrictionView } from '@village/domain';

declare global {
  namespace App {
    interface Locals {
      user: Me | null;
      /** set while she is muted, suspended or banned (from GET /api/me) */
      restriction: RestrictionView | null;
      unreadNotifications: number;
    }
  }
}

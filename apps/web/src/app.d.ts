import type { Me } from '@village/domain';

declare global {
  namespace App {
    interface Locals {
      user: Me | null;
    }
  }
}

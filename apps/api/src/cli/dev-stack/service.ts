/** A backing service the dev stack found or started. */
export interface Service {
  url: string;
  /** one line for the start-up messages: what is used and where */
  description: string;
  /** stops it if this process started it; a no-op for one that was already there */
  stop(): Promise<void>;
}

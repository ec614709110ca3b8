CREATE TYPE "public"."moderation_item_kind" AS ENUM('review', 'second_look');--> statement-breakpoint
CREATE TYPE "public"."moderation_priority" AS ENUM('urgent', 'high', 'normal', 'low');--> statement-breakpoint
CREATE TYPE "public"."moderation_resolution" AS ENUM('approved', 'hidden', 'redacted', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."moderation_item_status" AS ENUM('open', 'escalated', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."report_reason" AS ENUM('safety', 'unkind', 'off_topic', 'personal_details', 'spam', 'other');--> statement-breakpoint
CREATE TYPE "public"."restriction_kind" AS ENUM('warning', 'mute', 'suspension', 'ban');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"subject_user_id" uuid,
	"post_id" uuid,
	"item_id" uuid,
	"group_id" uuid,
	"reason" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "helplines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"phone" text,
	"text_number" text,
	"text_message" text,
	"url" text,
	"hours" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "moderation_item_kind" DEFAULT 'review' NOT NULL,
	"post_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"status" "moderation_item_status" DEFAULT 'open' NOT NULL,
	"priority" "moderation_priority" NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"crisis_kind" text,
	"due_at" timestamp with time zone NOT NULL,
	"claimed_by" uuid,
	"claimed_until" timestamp with time zone,
	"resolution" "moderation_resolution",
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"decided_by" uuid,
	"note" text,
	"escalation_note" text,
	"overdue_alerted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resolved_has_resolution" CHECK (("moderation_items"."status" = 'resolved') = ("moderation_items"."resolution" IS NOT NULL)),
	CONSTRAINT "claim_complete" CHECK (("moderation_items"."claimed_by" IS NULL) = ("moderation_items"."claimed_until" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "moderation_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"crisis_action" text DEFAULT 'hold' NOT NULL,
	"due_minutes_urgent" integer DEFAULT 15 NOT NULL,
	"due_minutes_high" integer DEFAULT 60 NOT NULL,
	"due_minutes_normal" integer DEFAULT 240 NOT NULL,
	"due_minutes_low" integer DEFAULT 1440 NOT NULL,
	"claim_minutes" integer DEFAULT 10 NOT NULL,
	"new_member_days" integer DEFAULT 7 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "single_row" CHECK ("moderation_settings"."id" = 1),
	CONSTRAINT "crisis_action" CHECK ("moderation_settings"."crisis_action" IN ('hold', 'flag')),
	CONSTRAINT "due_minutes_positive" CHECK ("moderation_settings"."due_minutes_urgent" > 0 AND "moderation_settings"."due_minutes_high" > 0 AND "moderation_settings"."due_minutes_normal" > 0 AND "moderation_settings"."due_minutes_low" > 0)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"message" text NOT NULL,
	"link" text,
	"post_id" uuid,
	"item_id" uuid,
	"dedupe_key" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"reporter_id" uuid NOT NULL,
	"reason" "report_reason" NOT NULL,
	"note" text,
	"item_id" uuid,
	"triaged_at" timestamp with time zone,
	"outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "note_length" CHECK ("reports"."note" IS NULL OR char_length("reports"."note") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "restrictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "restriction_kind" NOT NULL,
	"reason" text NOT NULL,
	"until" timestamp with time zone,
	"item_id" uuid,
	"created_by" uuid NOT NULL,
	"lifted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "watched_words" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phrase" text NOT NULL,
	"action" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "watched_action" CHECK ("watched_words"."action" IN ('flag', 'hold', 'block', 'censor')),
	CONSTRAINT "phrase_length" CHECK (char_length("watched_words"."phrase") BETWEEN 2 AND 100)
);
--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "report_threshold" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "screenings" ADD COLUMN "verdict" text;--> statement-breakpoint
-- Screens recorded by the first, profanity-only screen: "pass" was allow, "hold" was abuse.
UPDATE "screenings" SET "verdict" = CASE "outcome" WHEN 'pass' THEN 'allow' ELSE 'hold' END;--> statement-breakpoint
ALTER TABLE "screenings" ALTER COLUMN "verdict" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "screenings" ADD COLUMN "categories" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "screenings" ADD COLUMN "crisis_kind" text;--> statement-breakpoint
ALTER TABLE "screenings" ADD COLUMN "matches" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
UPDATE "screenings" SET "categories" = '{abuse}' WHERE "outcome" = 'hold';--> statement-breakpoint
ALTER TABLE "moderation_items" ADD CONSTRAINT "moderation_items_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_items" ADD CONSTRAINT "moderation_items_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_items" ADD CONSTRAINT "moderation_items_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_items" ADD CONSTRAINT "moderation_items_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_items" ADD CONSTRAINT "moderation_items_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_items" ADD CONSTRAINT "moderation_items_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_item_id_moderation_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."moderation_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictions" ADD CONSTRAINT "restrictions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictions" ADD CONSTRAINT "restrictions_item_id_moderation_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."moderation_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restrictions" ADD CONSTRAINT "restrictions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "watched_words" ADD CONSTRAINT "watched_words_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_user_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "moderation_items_one_open_per_post" ON "moderation_items" USING btree ("post_id","kind") WHERE "moderation_items"."status" <> 'resolved';--> statement-breakpoint
CREATE INDEX "moderation_items_queue_idx" ON "moderation_items" USING btree ("priority","created_at") WHERE "moderation_items"."status" <> 'resolved';--> statement-breakpoint
CREATE INDEX "moderation_items_author_idx" ON "moderation_items" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_key" ON "notifications" USING btree ("dedupe_key");--> statement-breakpoint
CREATE UNIQUE INDEX "reports_one_per_member" ON "reports" USING btree ("post_id","reporter_id");--> statement-breakpoint
CREATE INDEX "reports_untriaged_idx" ON "reports" USING btree ("created_at") WHERE "reports"."triaged_at" IS NULL;--> statement-breakpoint
CREATE INDEX "restrictions_user_idx" ON "restrictions" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "watched_words_phrase_key" ON "watched_words" USING btree (lower("phrase"));--> statement-breakpoint
ALTER TABLE "screenings" DROP COLUMN "outcome";--> statement-breakpoint
ALTER TABLE "screenings" DROP COLUMN "reasons";--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "report_threshold_range" CHECK ("groups"."report_threshold" BETWEEN 1 AND 50);--> statement-breakpoint
-- The audit log is append-only, enforced here so that no application code (and no connection
-- of the application's role) can rewrite history: UPDATE, DELETE and TRUNCATE are refused.
CREATE FUNCTION "audit_log_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "audit_log_no_update_or_delete" BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_is_append_only"();--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_is_append_only"();--> statement-breakpoint
INSERT INTO "moderation_settings" ("id") VALUES (1);--> statement-breakpoint
-- The default helplines (UK); admins edit the list.
INSERT INTO "helplines" ("name", "description", "phone", "text_number", "text_message", "url", "hours", "position") VALUES
  ('Emergency services', 'If you or your baby are in danger right now, or you might act on thoughts of harming yourself.', '999', NULL, NULL, NULL, '24 hours', 0),
  ('NHS 111, option 2', 'Urgent mental-health help from your local NHS crisis team.', '111', NULL, NULL, 'https://111.nhs.uk', '24 hours', 1),
  ('Samaritans', 'Someone to talk to, whatever you are going through.', '116 123', NULL, NULL, 'https://www.samaritans.org', '24 hours, free', 2),
  ('Shout', 'Text support if talking feels too much.', NULL, '85258', 'SHOUT', 'https://giveusashout.org', '24 hours, free', 3);

ALTER TABLE "resources" ADD COLUMN "crisis_kinds" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resource_crisis_kinds" CHECK ("resources"."crisis_kinds" <@ ARRAY['suicide_self_harm', 'intrusive_thoughts', 'danger_to_baby', 'danger_from_other', 'psychosis']::text[]);--> statement-breakpoint
UPDATE "resources" SET "crisis_kinds" = ARRAY['suicide_self_harm', 'danger_to_baby', 'danger_from_other', 'psychosis']::text[] WHERE "name" = 'Emergency services';--> statement-breakpoint
UPDATE "resources" SET "crisis_kinds" = ARRAY['suicide_self_harm', 'intrusive_thoughts', 'danger_to_baby', 'psychosis']::text[] WHERE "name" = 'NHS 111, option 2 (mental health)';--> statement-breakpoint
UPDATE "resources" SET "crisis_kinds" = ARRAY['suicide_self_harm']::text[] WHERE "name" IN ('Samaritans', 'Shout');--> statement-breakpoint
UPDATE "resources" SET "crisis_kinds" = ARRAY['danger_from_other']::text[] WHERE "name" = 'National Domestic Abuse Helpline';--> statement-breakpoint
UPDATE "resources" SET "crisis_kinds" = ARRAY['intrusive_thoughts', 'suicide_self_harm']::text[] WHERE "name" = 'PANDAS Foundation helpline';--> statement-breakpoint
UPDATE "resources" SET "crisis_kinds" = ARRAY['psychosis']::text[] WHERE "name" = 'Action on Postpartum Psychosis';--> statement-breakpoint
UPDATE "resources" SET "crisis_kinds" = ARRAY['intrusive_thoughts', 'psychosis', 'danger_to_baby']::text[] WHERE "name" = 'Your local perinatal mental health team';

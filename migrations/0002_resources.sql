CREATE TABLE "resource_pack_items" (
	"pack_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"note" text,
	CONSTRAINT "resource_pack_items_pack_id_resource_id_pk" PRIMARY KEY("pack_id","resource_id")
);
--> statement-breakpoint
CREATE TABLE "resource_packs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"stage" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resource_pack_stage" CHECK ("resource_packs"."stage" IN ('booking', 'after_birth', 'pregnant', 'new_baby', 'toddler')),
	CONSTRAINT "resource_pack_slug" CHECK ("resource_packs"."slug" ~ '^[a-z0-9-]{2,60}$')
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"phone" text,
	"text_number" text,
	"text_message" text,
	"url" text,
	"hours" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"stages" text[] DEFAULT '{}'::text[] NOT NULL,
	"needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"area" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resource_tags" CHECK ("resources"."tags" <@ ARRAY['crisis', 'national', 'local', 'peer', 'clinical']::text[]),
	CONSTRAINT "resource_stages" CHECK ("resources"."stages" <@ ARRAY['pregnant', 'new_baby', 'toddler']::text[]),
	CONSTRAINT "resource_needs" CHECK ("resources"."needs" <@ ARRAY['peers', 'professional', 'urgent']::text[]),
	CONSTRAINT "resource_name_length" CHECK (char_length("resources"."name") BETWEEN 2 AND 80),
	CONSTRAINT "resource_description_length" CHECK (char_length("resources"."description") BETWEEN 1 AND 300),
	CONSTRAINT "resource_has_contact" CHECK ("resources"."phone" IS NOT NULL OR "resources"."text_number" IS NOT NULL OR "resources"."url" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "resource_pack_items" ADD CONSTRAINT "resource_pack_items_pack_id_resource_packs_id_fk" FOREIGN KEY ("pack_id") REFERENCES "public"."resource_packs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_pack_items" ADD CONSTRAINT "resource_pack_items_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resource_pack_items_resource_idx" ON "resource_pack_items" USING btree ("resource_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resource_packs_slug_key" ON "resource_packs" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "resources_position_idx" ON "resources" USING btree ("position","name");--> statement-breakpoint
INSERT INTO "resources" ("name", "description", "phone", "text_number", "text_message", "url", "hours", "tags", "stages", "needs", "area", "position") VALUES
('Emergency services', 'If you or your baby are in immediate danger, or you feel you might act on thoughts of harming yourself, call 999 or go to A&E.', '999', NULL, NULL, NULL, '24 hours, every day', ARRAY['crisis', 'national'], ARRAY['pregnant', 'new_baby', 'toddler'], ARRAY['urgent'], NULL, 10),
('NHS 111, option 2 (mental health)', 'Call 111 and choose option 2 for your local NHS mental health crisis line in England. You can call for yourself or someone you are worried about.', '111', NULL, NULL, 'https://111.nhs.uk', '24 hours, every day', ARRAY['crisis', 'national', 'clinical'], ARRAY['pregnant', 'new_baby', 'toddler'], ARRAY['urgent', 'professional'], NULL, 20),
('Samaritans', 'A free listening line for anyone who is struggling. You do not have to be suicidal to call.', '116 123', NULL, NULL, 'https://www.samaritans.org', '24 hours, every day', ARRAY['crisis', 'national'], ARRAY['pregnant', 'new_baby', 'toddler'], ARRAY['urgent'], NULL, 30),
('Shout', 'A free, confidential text service with trained volunteers, for when you cannot talk out loud.', NULL, '85258', 'SHOUT', 'https://giveusashout.org', '24 hours, every day', ARRAY['crisis', 'national'], ARRAY['pregnant', 'new_baby', 'toddler'], ARRAY['urgent'], NULL, 40),
('National Domestic Abuse Helpline', 'Free, confidential support if someone you live with or are close to is hurting, frightening or controlling you. Run by Refuge.', '0808 2000 247', NULL, NULL, 'https://www.nationaldahelpline.org.uk', '24 hours, every day', ARRAY['crisis', 'national'], ARRAY['pregnant', 'new_baby', 'toddler'], ARRAY['urgent'], NULL, 50),
('PANDAS Foundation helpline', 'Peer support for parents with perinatal mental illness, from people who understand. Also runs online and local support groups.', '0808 1961 776', NULL, NULL, 'https://pandasfoundation.org.uk', 'Check the website for current hours', ARRAY['national', 'peer'], ARRAY['pregnant', 'new_baby', 'toddler'], ARRAY['peers'], NULL, 60),
('Action on Postpartum Psychosis', 'Information and peer support from women who have recovered from postpartum psychosis, and for partners and families.', NULL, NULL, NULL, 'https://www.app-network.org', NULL, ARRAY['national', 'peer'], ARRAY['pregnant', 'new_baby'], ARRAY['peers'], NULL, 70),
('Your local perinatal mental health team', 'Specialist NHS teams for mothers with moderate to severe mental health difficulties in pregnancy and after birth. Ask your GP, midwife or health visitor to refer you.', NULL, NULL, NULL, 'https://www.nhs.uk/mental-health/conditions/post-natal-depression/overview/', 'Through your GP, midwife or health visitor', ARRAY['clinical', 'local'], ARRAY['pregnant', 'new_baby', 'toddler'], ARRAY['professional'], NULL, 80),
('NHS Talking Therapies', 'Free NHS talking therapies for anxiety and depression. You can refer yourself online; new and expectant parents are often seen sooner.', NULL, NULL, NULL, 'https://www.nhs.uk/service-search/mental-health/find-an-nhs-talking-therapies-service', NULL, ARRAY['national', 'clinical'], ARRAY['pregnant', 'new_baby', 'toddler'], ARRAY['professional'], NULL, 90),
('Tommy''s midwife line', 'Midwives answer questions about pregnancy, including your mental health in pregnancy and after loss.', '0800 014 7800', NULL, NULL, 'https://www.tommys.org', 'Check the website for current hours', ARRAY['national', 'clinical'], ARRAY['pregnant', 'new_baby'], ARRAY['professional'], NULL, 100),
('Mind Infoline', 'Information about mental health problems, where to get help near you and your rights.', '0300 123 3393', NULL, NULL, 'https://www.mind.org.uk', 'Check the website for current hours', ARRAY['national'], ARRAY['pregnant', 'new_baby', 'toddler'], ARRAY['professional'], NULL, 110),
('NCT', 'Information and support for parents, and local groups where you can meet other parents.', '0300 330 0700', NULL, NULL, 'https://www.nct.org.uk', NULL, ARRAY['national', 'peer'], ARRAY['pregnant', 'new_baby', 'toddler'], ARRAY['peers'], NULL, 120),
('Home-Start', 'Trained volunteers visit families with young children at home to support them through difficult times. Find your local Home-Start on the website.', NULL, NULL, NULL, 'https://www.home-start.org.uk', NULL, ARRAY['national', 'local', 'peer'], ARRAY['new_baby', 'toddler'], ARRAY['peers'], NULL, 130),
('Birth Trauma Association', 'Support for anyone affected by a difficult or traumatic birth, including peer support from parents who have been there.', NULL, NULL, NULL, 'https://www.birthtraumaassociation.org.uk', NULL, ARRAY['national', 'peer'], ARRAY['new_baby', 'toddler'], ARRAY['peers'], NULL, 140),
('Sands helpline', 'Support for anyone affected by the death of a baby, before, during or after birth.', '0808 164 3332', NULL, NULL, 'https://www.sands.org.uk', 'Check the website for current hours', ARRAY['national', 'peer'], ARRAY['pregnant', 'new_baby', 'toddler'], ARRAY['peers', 'professional'], NULL, 150),
('Family Lives', 'A free helpline for parents about any part of family life, from sleep and crying to toddler tantrums and relationships.', '0808 800 2222', NULL, NULL, 'https://www.familylives.org.uk', 'Check the website for current hours', ARRAY['national'], ARRAY['new_baby', 'toddler'], ARRAY['professional'], NULL, 160);
--> statement-breakpoint
INSERT INTO "resource_packs" ("slug", "title", "stage", "intro", "position") VALUES
('booking-the-birth', 'Booking the birth', 'booking', 'For your booking appointment and the months before the birth. Keep this somewhere you can find it: on the fridge, in your maternity notes or on your phone. How you feel matters as much as how the baby is growing, and it is always fine to tell your midwife.', 10),
('after-the-birth', 'After the birth', 'after_birth', 'For the weeks and months after your baby arrives. Many mothers find the early days harder than they expected. You are not alone, and asking for help early is a strength. Keep this pack where you and your partner can see it.', 20);
--> statement-breakpoint
INSERT INTO "resource_pack_items" ("pack_id", "resource_id", "position", "note")
SELECT p."id", r."id", v."position", v."note"
FROM (VALUES
  ('booking-the-birth', 'Tommy''s midwife line', 10, 'Questions about pregnancy and how you are feeling.'),
  ('booking-the-birth', 'Your local perinatal mental health team', 20, 'If you have been unwell before, tell your midwife at booking so a plan can be made early.'),
  ('booking-the-birth', 'NHS Talking Therapies', 30, 'You can refer yourself while you are pregnant.'),
  ('booking-the-birth', 'PANDAS Foundation helpline', 40, NULL),
  ('booking-the-birth', 'NCT', 50, 'Meet other parents due around the same time.'),
  ('booking-the-birth', 'National Domestic Abuse Helpline', 60, 'Abuse often starts or gets worse in pregnancy. You can call in confidence.'),
  ('booking-the-birth', 'NHS 111, option 2 (mental health)', 70, 'If things get bad, day or night.'),
  ('booking-the-birth', 'Emergency services', 80, NULL),
  ('after-the-birth', 'PANDAS Foundation helpline', 10, 'Talk to someone who understands.'),
  ('after-the-birth', 'Your local perinatal mental health team', 20, 'Your health visitor or GP can refer you.'),
  ('after-the-birth', 'Action on Postpartum Psychosis', 30, 'Sudden confusion, not sleeping or feeling not yourself in the first weeks needs urgent help.'),
  ('after-the-birth', 'Birth Trauma Association', 40, NULL),
  ('after-the-birth', 'Home-Start', 50, NULL),
  ('after-the-birth', 'Samaritans', 60, NULL),
  ('after-the-birth', 'Shout', 70, 'If you cannot talk out loud, for example with a sleeping baby.'),
  ('after-the-birth', 'NHS 111, option 2 (mental health)', 80, NULL),
  ('after-the-birth', 'Emergency services', 90, NULL)
) AS v("slug", "name", "position", "note")
JOIN "resource_packs" p ON p."slug" = v."slug"
JOIN "resources" r ON r."name" = v."name";

CREATE TABLE "saved_packs" (
	"user_id" uuid NOT NULL,
	"pack_id" uuid NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_packs_user_id_pack_id_pk" PRIMARY KEY("user_id","pack_id")
);
--> statement-breakpoint
ALTER TABLE "saved_packs" ADD CONSTRAINT "saved_packs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_packs" ADD CONSTRAINT "saved_packs_pack_id_resource_packs_id_fk" FOREIGN KEY ("pack_id") REFERENCES "public"."resource_packs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "saved_packs_pack_idx" ON "saved_packs" USING btree ("pack_id");
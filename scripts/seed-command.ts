// `npm run db:seed`: seeds the database in DATABASE_URL (or the running embedded one) if it is empty.
import { connectScriptDatabase } from "./database";
import { seedIfEmpty } from "./seed";

connectScriptDatabase();

seedIfEmpty()
  .then((done) => {
    console.log(done ? `Seeded ${done}.` : "The database already has responses; nothing seeded.");
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(`✖ Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });

// The official tus 1.0 server (@tus/server + @tus/file-store) on 127.0.0.1, for the upload tests.
// usage: node server.mjs DIR [PORT] [EXPIRATION_MS]
// Prints "listening <port>" once it accepts connections. Upload files land in DIR: one data file
// per upload, named by its id, and <id>.json with its length and metadata.
import { Server } from "@tus/server";
import { FileStore } from "@tus/file-store";

const [dir, port = "0", expiration = "0"] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node server.mjs DIR [PORT] [EXPIRATION_MS]");
  process.exit(2);
}
const server = new Server({
  path: "/files",
  datastore: new FileStore({ directory: dir, expirationPeriodInMilliseconds: Number(expiration) }),
});
const http = server.listen({ host: "127.0.0.1", port: Number(port) }, () => {
  console.log(`listening ${http.address().port}`);
});
process.on("SIGTERM", () => http.close(() => process.exit(0)));

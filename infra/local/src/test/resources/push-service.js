// A real Web Push service for tests (npm web-push-testing), bound to 127.0.0.1 only (its CLI binds all interfaces).
// node push-service.js <dir holding node_modules/web-push-testing> <port>
const path = process.argv[2], port = Number(process.argv[3]);
const Server = require(path + '/node_modules/web-push-testing/src/server.js');
const {PushApiModel} = require(path + '/node_modules/web-push-testing/src/PushApiModel.js');
const s = new Server(new PushApiModel(), port);
s._app.listen = (p, cb) => require('http').createServer(s._app).listen(p, '127.0.0.1', cb);
s.startServer();

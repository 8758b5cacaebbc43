// The physical floor: every binary frame goes to every other socket on the same path, untouched.
// No document, no persistence, no checks: nothing a real server can do is cheaper than this.
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1', perMessageDeflate: false });
const rooms = new Map();
wss.on('connection', (socket, request) => {
  const path = request.url ?? '/';
  const room = rooms.get(path) ?? new Set();
  rooms.set(path, room);
  room.add(socket);
  socket.on('message', (data, isBinary) => {
    for (const other of room) if (other !== socket) other.send(data, { binary: isBinary });
  });
  socket.on('close', () => {
    room.delete(socket);
    if (room.size === 0) rooms.delete(path);
  });
});
wss.on('listening', () => console.log(`READY ${wss.address().port}`));

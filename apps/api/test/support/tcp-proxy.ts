import { createServer, Socket } from 'node:net';

/**
 * A loopback TCP proxy in front of PostgreSQL that a test can freeze: bytes
 * stop flowing both ways on open connections and new ones, as when the
 * database's host stops answering (a network partition, a hung server)
 * rather than refusing connections.
 */
export type TcpProxy = {
  url: string;
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
};

type Leg = { from: Socket; to: Socket; held: Buffer[] };

export async function startTcpProxy(databaseUrl: string): Promise<TcpProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  const legs: Leg[] = [];
  let frozen = false;
  const forward = (leg: Leg) => (chunk: Buffer) =>
    frozen ? leg.held.push(chunk) : leg.to.write(chunk);
  const server = createServer((client) => {
    const upstream = new Socket().connect(
      Number(target.port || 5432),
      target.hostname,
    );
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ]) {
      const leg: Leg = { from, to, held: [] };
      legs.push(leg);
      sockets.add(from);
      from.on('data', forward(leg));
      from.on('close', () => to.destroy());
      from.on('error', () => to.destroy());
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(typeof address === 'object' && address ? address.port : 0);
  return {
    url: url.toString(),
    freeze: () => {
      frozen = true;
    },
    thaw: () => {
      frozen = false;
      for (const leg of legs)
        for (const chunk of leg.held.splice(0))
          if (!leg.to.destroyed) leg.to.write(chunk);
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

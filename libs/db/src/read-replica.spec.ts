import net from 'node:net';
import { QueryFailedError } from 'typeorm';
import { isReplicaUnavailable, ReadReplica } from './read-replica';

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('which standby failures send an S1 read to the primary', () => {
  it('counts a standby that is down, restarting, cut off or cancelling on replay as unavailable', () => {
    expect(isReplicaUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isReplicaUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isReplicaUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isReplicaUnavailable(pgError('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(isReplicaUnavailable(pgError('57P03', 'the database system is starting up'))).toBe(true);
    expect(isReplicaUnavailable(pgError('08006', 'connection failure'))).toBe(true);
    const conflict = new QueryFailedError('SELECT 1', [], pgError('40001', 'canceling statement due to conflict with recovery'));
    expect(isReplicaUnavailable(conflict)).toBe(true);
  });

  it('lets an error of the query itself through: the primary would answer the same', () => {
    expect(isReplicaUnavailable(new QueryFailedError('SELEC 1', [], pgError('42601', 'syntax error at or near "SELEC"')))).toBe(false);
    expect(isReplicaUnavailable(pgError('22P02', 'invalid input syntax for type uuid'))).toBe(false);
    expect(isReplicaUnavailable(new Error('Token inválido o vencido'))).toBe(false);
  });
});

describe('the read pool', () => {
  it('is absent without DATABASE_READ_URL', async () => {
    const replica = new ReadReplica({ url: undefined, entities: [] });
    await replica.onModuleInit();
    expect(await replica.source()).toBeNull();
  });

  it('does not stop the start when the standby fails, and leaves reads on the primary for a while', async () => {
    // A "standby" that accepts connections and drops them at once, counting them.
    let connections = 0;
    const server = net.createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const replica = new ReadReplica({ url: `postgres://veraz_app_login@127.0.0.1:${port}/veraz`, entities: [] });
    try {
      await replica.onModuleInit();
      const tried = connections;
      expect(tried).toBeGreaterThan(0);
      // Within the retry window every read goes to the primary without another attempt on the standby.
      expect(await replica.source()).toBeNull();
      expect(await replica.source()).toBeNull();
      expect(connections).toBe(tried);
    } finally {
      await replica.onModuleDestroy();
      server.close();
    }
  });
});

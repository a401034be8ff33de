// PEP 554 channels: the rendezvous, send timeouts that withdraw the item, recv with and
// without waiting, and the close/release rules (CPython's _interpchannels). One worker at most.
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { Channels } from './channels.js';
import { UNBOUND } from './channels-state.js';
import {
  ChannelClosedError,
  ChannelEmptyError,
  ChannelNotEmptyError,
  ChannelNotFoundError,
  NotShareableError,
  TimeoutError,
} from './errors.js';
import { heapUse, smallRuntime, startWorker } from './testing/helpers.js';
import type { RecvChannel, SendChannel } from './channel.js';

const WORKER_URL = new URL('../dist/testing/channels-worker.js', import.meta.url);
const running: Worker[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.terminate()));
});

describe('channels', () => {
  it('send returns only after a receiver in another worker took the item', async () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const [recv, send] = ch.createChannel();
    const flags = new SharedArrayBuffer(4);
    const { worker, result } = startWorker(WORKER_URL, { buffer: runtime.buffer, role: 'recv-after', id: recv.id, flags });
    running.push(worker);
    send.send(['rendezvous', 1], { timeout: 10 });
    // The worker sets the flag just before recv; send cannot have returned before the item was taken.
    expect(Atomics.load(new Int32Array(flags), 0)).toBe(1);
    expect(send.pending).toBe(0);
    expect((await result).value).toEqual(['rendezvous', 1]);
  });

  it('a sender waiting in another worker gets ChannelClosedError when the channel is force-closed', async () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const [recv, send] = ch.createChannel();
    const { worker, result } = startWorker(WORKER_URL, { buffer: runtime.buffer, role: 'send-wait', id: recv.id, value: 'mine' });
    running.push(worker);
    const nap = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; i < 1000 && recv.pending === 0; i++) Atomics.wait(nap, 0, 0, 5);
    expect(recv.pending).toBe(1);
    expect(() => recv.close()).toThrow(ChannelNotEmptyError);
    ch.closeChannel(recv.id, 'both', true);
    expect((await result).value).toBe('ChannelClosedError');
    expect(() => send.sendNowait(1)).toThrow(ChannelClosedError);
  });

  it('withdraws the item when send times out', () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const [recv, send] = ch.createChannel();
    const before = heapUse(runtime);
    expect(() => send.send('late', { timeout: 0.01 })).toThrow(TimeoutError);
    expect(recv.pending).toBe(0);
    expect(recv.recvNowait('nothing')).toBe('nothing');
    expect(heapUse(runtime)).toEqual(before);
  });

  it('recv waits up to its timeout; recvNowait returns the default or raises ChannelEmptyError', () => {
    const ch = Channels.attach(smallRuntime());
    const [recv, send] = ch.createChannel();
    expect(() => recv.recv(0.01)).toThrow(TimeoutError);
    expect(() => recv.recvNowait()).toThrow(ChannelEmptyError);
    expect(() => recv.recvNowait()).toThrow(`channel ${recv.id} is empty`);
    expect(recv.recvNowait(undefined)).toBeUndefined();
    expect(send.sendNowait(1)).toBe(false); // nobody was waiting
    send.sendNowait(2);
    expect([recv.recv(), recv.recv(0.5)]).toEqual([1, 2]);
    expect(() => send.sendNowait(() => 0)).toThrow(NotShareableError);
    expect(recv.pending).toBe(0);
  });

  it('closing the send side lets receivers drain what is left, then the channel is closed', () => {
    const ch = Channels.attach(smallRuntime());
    const [recv, send] = ch.createChannel();
    send.sendNowait('a');
    send.sendNowait('b');
    send.close();
    expect(() => send.sendNowait('c')).toThrow(ChannelClosedError);
    expect(recv.recv()).toBe('a');
    expect(recv.isClosed).toBe(false);
    expect(recv.recv()).toBe('b');
    expect(recv.isClosed).toBe(true);
    expect(() => recv.recv()).toThrow(`channel ${recv.id} is closed`);
    expect(() => send.close()).toThrow(ChannelClosedError);
  });

  it('refuses to close with items left unless forced; force discards them', () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const [recv, send] = ch.createChannel();
    const before = heapUse(runtime);
    send.sendNowait(new Uint8Array(80_000));
    expect(() => recv.close()).toThrow(ChannelNotEmptyError);
    expect(() => ch.closeChannel(recv.id)).toThrow(`channel ${recv.id} may not be closed if not empty (try force=True)`);
    recv.close(true);
    expect(heapUse(runtime)).toEqual(before);
    expect(() => send.sendNowait(1)).toThrow(ChannelClosedError);
    expect(() => recv.recvNowait(0)).toThrow(ChannelClosedError);
    expect(() => recv.close(true)).toThrow(ChannelClosedError);
  });

  it('an empty channel closes at once from either side', () => {
    const ch = Channels.attach(smallRuntime());
    const [recv, send] = ch.createChannel();
    send.close();
    expect(() => recv.recv()).toThrow(ChannelClosedError);
    const [recv2, send2] = ch.createChannel();
    ch.closeChannel(recv2.id, 'both');
    expect(() => send2.send(1)).toThrow(ChannelClosedError);
  });

  it('closes when every end is released, and is freed with its last reference', () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime);
    const before = heapUse(runtime);
    const [recv, send] = ch.createChannel();
    const send2 = ch.sendChannel(send.id);
    send.release();
    expect(() => send.sendNowait(1)).toThrow(ChannelClosedError); // this end is released
    send2.sendNowait('still open');
    expect(recv.recv()).toBe('still open');
    send2.release();
    expect(recv.isClosed).toBe(false); // a recv end is still open
    recv.release();
    expect(ch.liveCount).toBe(0);
    expect(() => ch.recvChannel(recv.id)).toThrow(ChannelNotFoundError);
    expect(heapUse(runtime)).toEqual(before);
  });

  it('sends channel ends through channels, keeping their identity', () => {
    const ch = Channels.attach(smallRuntime());
    const [recv, send] = ch.createChannel();
    const [innerRecv, innerSend] = ch.createChannel();
    send.sendNowait([innerRecv, innerSend]);
    const [r, s] = recv.recv() as [RecvChannel, SendChannel];
    expect([r.id, s.id]).toEqual([innerRecv.id, innerSend.id]);
    s.sendNowait('through');
    expect(innerRecv.recv()).toBe('through');
    innerRecv.release();
    innerSend.release();
    r.release();
    s.release();
    expect(ch.refcountOf(innerRecv.id, 'channel')).toBe(-1);
  });

  it('applies the unbound-items rules to channel items', () => {
    const runtime = smallRuntime();
    const ch = Channels.attach(runtime, { interpId: 3 });
    const [recv, send] = ch.createChannel();
    send.sendNowait('x');
    send.sendNowait('y', { unbounditems: 'remove' });
    expect(ch.interpreterDestroyed(3)).toBe(2);
    expect(recv.pending).toBe(1);
    expect(recv.recv()).toBe(UNBOUND);
  });
});

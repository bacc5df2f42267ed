package org.ganstudio.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP archives byte by byte, so tests can build what {@link java.util.zip.ZipOutputStream}
 * refuses to: duplicate names, wrong CRCs, sizes that lie, raw deflate streams that inflate to
 * gigabytes. No ZIP64: sizes are 32-bit.
 */
final class RawZip {

    /** One entry: {@code data} as stored (already deflated when {@code method} is 8). */
    record Entry(String name, int method, byte[] data, long crc, long size) {

        static Entry stored(String name, byte[] content) {
            return new Entry(name, 0, content, checksum(content), content.length);
        }

        static Entry deflated(String name, byte[] content) {
            Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            d.setInput(content);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            d.end();
            return new Entry(name, 8, out.toByteArray(), checksum(content), content.length);
        }

        Entry withCrc(long c) {
            return new Entry(name, method, data, c, size);
        }

        Entry withSize(long s) {
            return new Entry(name, method, data, crc, s);
        }

        Entry withName(String n) {
            return new Entry(n, method, data, crc, size);
        }
    }

    private RawZip() {
    }

    static long checksum(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    /**
     * A deflated entry of {@code megabytes} MB of zeros built from one compressed megabyte repeated
     * (a sync-flushed block only refers back to zeros), with its true CRC and a declared size.
     */
    static Entry zeros(String name, int megabytes, long declaredSize) {
        return zeros(name, new byte[0], megabytes, declaredSize);
    }

    /** As {@link #zeros(String, int, long)}, after {@code prefix} (e.g. a valid array header). */
    static Entry zeros(String name, byte[] prefix, int megabytes, long declaredSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        if (prefix.length > 0) {
            Deflater p = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            p.setInput(prefix);
            byte[] buf = new byte[prefix.length + 64];
            out.write(buf, 0, p.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH));
            p.end();
            crc.update(prefix);
        }
        byte[] mb = new byte[1 << 20];
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(mb);
        byte[] seg = new byte[1 << 16];
        int n = d.deflate(seg, 0, seg.length, Deflater.SYNC_FLUSH);
        d.end();
        for (int i = 0; i < megabytes; i++) {
            out.write(seg, 0, n);
            crc.update(mb);
        }
        out.write(3);   // an empty final block
        out.write(0);
        return new Entry(name, 8, out.toByteArray(), crc.getValue(), declaredSize);
    }

    static byte[] build(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(entries, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static void write(List<Entry> entries, OutputStream out) throws IOException {
        List<Long> offsets = new ArrayList<>();
        long pos = 0;
        for (Entry e : entries) {
            offsets.add(pos);
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer h = le(30 + name.length);
            h.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) e.method())
                    .putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc()).putInt(e.data().length)
                    .putInt((int) e.size()).putShort((short) name.length).putShort((short) 0).put(name);
            out.write(h.array());
            out.write(e.data());
            pos += h.capacity() + e.data().length;
        }
        long cdStart = pos;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer c = le(46 + name.length);
            c.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) e.method()).putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc())
                    .putInt(e.data().length).putInt((int) e.size()).putShort((short) name.length).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt((int) (long) offsets.get(i)).put(name);
            out.write(c.array());
            pos += c.capacity();
        }
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt((int) (pos - cdStart)).putInt((int) cdStart).putShort((short) 0);
        out.write(end.array());
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}

package org.partnershipsteward.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * A minimal SMTP server for one test: it refuses the given recipients with {@code 550 5.1.1} at RCPT TO,
 * as a real server does for an unknown mailbox, and accepts (and drops) everything else. GreenMail cannot
 * refuse a recipient, so the bounce test swaps this in on GreenMail's port for a moment.
 */
final class RejectingSmtp implements AutoCloseable {

    private final ServerSocket server;
    private final Set<String> refused;
    private final Thread thread;

    RejectingSmtp(int port, Set<String> refused) throws IOException {
        this.refused = refused;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        this.thread = new Thread(this::serve, "rejecting-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(10_000);
                converse(socket);
            } catch (IOException e) {
                // closed, or the client went away: take the next connection
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
        reply(out, "220 rejecting-smtp ready");
        boolean data = false;
        String line;
        while ((line = in.readLine()) != null) {
            if (data) {
                if (line.equals(".")) {
                    data = false;
                    reply(out, "250 2.0.0 accepted");
                }
                continue;
            }
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 rejecting-smtp");
            } else if (command.startsWith("RCPT TO:")) {
                String address = line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT);
                reply(out, refused.contains(address) ? "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown"
                        : "250 2.1.5 ok");
            } else if (command.startsWith("DATA")) {
                data = true;
                reply(out, "354 go ahead");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 ok");
            }
        }
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

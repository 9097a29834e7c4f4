package dev.lede.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/** The streams MINA hands a command, and the one way Lede ends a channel: an optional line, then an exit status. */
abstract class ChannelCommand implements Command {

    InputStream stdin;
    OutputStream stdout;
    private OutputStream stderr;
    private ExitCallback exitCallback;

    @Override
    public void setInputStream(InputStream in) {
        stdin = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        stdout = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        stderr = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        exitCallback = callback;
    }

    @Override
    public void destroy(ChannelSession channel) throws Exception {
    }

    /** Shows {@code line} (when not null) on the client's terminal, then closes the channel with {@code status}. */
    void exit(int status, String line) {
        if (line != null) {
            try {
                // \r as well: a client with a pty is in raw mode and would not return the carriage itself.
                stderr.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
                stderr.flush();
            } catch (IOException clientGone) {
                // Nobody is left to read it; the channel still has to be closed.
            }
        }
        exitCallback.onExit(status, line == null ? "" : line);
    }
}

package dev.lede.ssh;

import java.io.IOException;
import java.util.Map;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.channel.ChannelSession;

/** A session channel that remembers whether the client asked for a pty: Lede needs one, and says so when missing. */
final class TerminalChannelSession extends ChannelSession {

    static final ChannelFactory FACTORY = new ChannelFactory() {
        @Override
        public String getName() {
            return "session";
        }

        @Override
        public Channel createChannel(Session session) {
            return new TerminalChannelSession();
        }
    };

    private volatile boolean ptyRequested;

    boolean ptyRequested() {
        return ptyRequested;
    }

    @Override
    protected RequestHandler.Result handlePtyReqParsed(String term, int columns, int rows, int width, int height,
            Map<PtyMode, Integer> modes) throws IOException {
        ptyRequested = true;
        return super.handlePtyReqParsed(term, columns, rows, width, height, modes);
    }
}

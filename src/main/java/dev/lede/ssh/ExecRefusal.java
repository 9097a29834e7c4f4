package dev.lede.ssh;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.channel.ChannelSession;

/** {@code ssh host ls} and the like: Lede runs no commands, and says so in a line rather than a bare failure. */
final class ExecRefusal extends ChannelCommand {

    private final String command;
    private final ConnectionRecord record;

    ExecRefusal(String command, ConnectionRecord record) {
        this.command = command;
        this.record = record;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        record.ended("refused: command " + command);
        exit(1, "lede: this server runs no commands; connect without one: ssh -t HOST");
    }
}

package dev.comity;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import dev.comity.api.Message;
import dev.comity.api.Moderator;
import dev.comity.api.Report;
import dev.comity.mail.MailParser;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Reading and scoring mail never opens a connection, whatever the mail points at: a listening socket on loopback is
 * named by every kind of remote reference HTML and MIME offer, and must see no connection afterwards.
 */
class NoNetworkTest {
  @Test
  void remoteReferencesInMailAreNeverFetched() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
      String mail = "From: a@example.org\nSubject: hi\nMIME-Version: 1.0\n"
          + "Content-Type: multipart/mixed; boundary=b\n\n"
          + "--b\nContent-Type: text/html\n\n"
          + "<html><head><link rel=stylesheet href='" + url + "'><style>@import url(" + url + ");</style>"
          + "<base href='" + url + "'><meta http-equiv=refresh content='0; url=" + url + "'></head>"
          + "<body background='" + url + "'><img src='" + url + "'><iframe src='" + url + "'></iframe>"
          + "<script src='" + url + "'></script><object data='" + url + "'></object>"
          + "<p>You idiot, see <a href='" + url + "'>this</a></p></body></html>\n"
          + "--b\nContent-Type: message/external-body; access-type=URL; URL=\"" + url + "\"\n\n"
          + "Content-Type: text/plain\n\n"
          + "--b\nContent-Type: text/plain\nContent-Location: " + url + "\n\nSee " + url + "\n"
          + "--b--\n";
      Message message = MailParser.parse(mail.getBytes(US_ASCII));
      Report report = Moderator.builder().build().check(message);
      assertThat(report.findings()).isNotEmpty();
      server.setSoTimeout(200);
      boolean connected;
      try {
        server.accept().close();
        connected = true;
      } catch (SocketTimeoutException e) {
        connected = false;
      }
      assertThat(connected).as("a connection to %s", url).isFalse();
    }
  }
}

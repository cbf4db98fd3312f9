package com.salescarousel.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PushEndpointsTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://fcm.googleapis.com/fcm/send/abc", "https://updates.push.services.mozilla.com/wpush/v2/x",
        "https://wns2-by3p.notify.windows.com/w/?token=x", "https://web.push.apple.com/QGv", "https://FCM.googleapis.com:443/x"})
    void refusal_browserPushServices_areTaken(String url) {
        assertEquals(Optional.empty(), PushEndpoints.refusal(url, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/x", "http://fcm.googleapis.com/x", "https://169.254.169.254/latest/meta-data",
        "https://localhost/x", "https://evil.example/fcm.googleapis.com", "https://fcm.googleapis.com.evil.example/x",
        "https://user@fcm.googleapis.com/x", "https://fcm.googleapis.com:8443/x", "https://[::1]/x", "ftp://fcm.googleapis.com/x", "not a url"})
    void refusal_anythingElse_isRefused(String url) {
        assertTrue(PushEndpoints.refusal(url, false).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:4711/push/abc", "https://localhost/x"})
    void refusal_localOnlySetting_takesAPushServiceOnThisMachine(String url) {
        assertEquals(Optional.empty(), PushEndpoints.refusal(url, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/steal", "http://10.0.0.5/x", "https://169.254.169.254/x"})
    void refusal_localOnlySetting_stillRefusesOtherHosts(String url) {
        assertTrue(PushEndpoints.refusal(url, true).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "224.0.0.1", "198.18.0.1", "192.0.0.8", "::1", "fe80::1", "fd00:ec2::254", "fc00::1", "::ffff:10.0.0.1",
        "::ffff:169.254.169.254", "::"})
    void isPublic_privateLoopbackLinkLocalAndMetadata_areNot(String ip) throws Exception {
        assertFalse(PushEndpoints.isPublic(InetAddress.getByName(ip)), ip);
    }

    @ParameterizedTest
    @ValueSource(strings = {"142.250.185.10", "172.32.0.1", "100.128.0.1", "8.8.8.8", "2a00:1450:4001:82a::200a"})
    void isPublic_publicAddresses_are(String ip) throws Exception {
        assertTrue(PushEndpoints.isPublic(InetAddress.getByName(ip)), ip);
    }

    @org.junit.jupiter.api.Test
    void safeToCall_aNameResolvingToLoopback_isRefusedUnlessAllowed() {
        assertFalse(PushEndpoints.safeToCall("localhost", false));
        assertTrue(PushEndpoints.safeToCall("localhost", true));
        assertFalse(PushEndpoints.safeToCall("10.0.0.5", true), "the local setting allows loopback, not the network");
    }
}

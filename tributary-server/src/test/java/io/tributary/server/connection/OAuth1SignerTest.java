package io.tributary.server.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Known-answer tests for OAuth 1.0a HMAC-SHA1 signing. */
class OAuth1SignerTest {

    /** RFC 5849 §1.2 / OAuth 1.0 spec Appendix A.5.1 ("photos.example.net"). */
    @Test
    void rfc5849PhotosExample() {
        URI uri = URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original");
        List<Map.Entry<String, String>> params = new ArrayList<>();
        params.add(Map.entry("file", "vacation.jpg"));
        params.add(Map.entry("size", "original"));
        params.add(Map.entry("oauth_consumer_key", "dpf43f3p2l4k3l03"));
        params.add(Map.entry("oauth_token", "nnch734d00sl2jdk"));
        params.add(Map.entry("oauth_signature_method", "HMAC-SHA1"));
        params.add(Map.entry("oauth_timestamp", "1191242096"));
        params.add(Map.entry("oauth_nonce", "kllo9940pd9333jh"));
        params.add(Map.entry("oauth_version", "1.0"));
        String base = OAuth1Signer.baseString("GET", uri, params);
        assertThat(base)
                .isEqualTo("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3D"
                        + "dpf43f3p2l4k3l03%26oauth_nonce%3Dkllo9940pd9333jh%26oauth_signature_method%3DHMAC-SHA1%26"
                        + "oauth_timestamp%3D1191242096%26oauth_token%3Dnnch734d00sl2jdk%26oauth_version%3D1.0%26size%3D"
                        + "original");
        assertThat(OAuth1Signer.sign(base, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00"))
                .isEqualTo("tR3+Ty81lMeYAr/Fid0kMTYa/WM=");

        String header = OAuth1Signer.authorizationHeader(
                "GET",
                uri,
                Map.of(),
                "dpf43f3p2l4k3l03",
                "kd94hf93k423kf44",
                "nnch734d00sl2jdk",
                "pfkkdhi9sl3r4s00",
                null,
                "kllo9940pd9333jh",
                1191242096L);
        assertThat(header).startsWith("OAuth ").contains("oauth_signature=\"tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D\"");
    }

    /** Twitter's documented example ("Creating a signature"), with a form body and a query parameter. */
    @Test
    void twitterDocumentedExample() {
        URI uri = URI.create("https://api.twitter.com/1.1/statuses/update.json?include_entities=true");
        String header = OAuth1Signer.authorizationHeader(
                "POST",
                uri,
                Map.of("status", "Hello Ladies + Gentlemen, a signed OAuth request!"),
                "xvz1evFS4wEEPTGEFPHBog",
                "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
                "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
                "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
                null,
                "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg",
                1318622958L);
        assertThat(header).contains("oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\"");
    }

    @Test
    void percentEncodingFollowsRfc3986() {
        assertThat(OAuth1Signer.percentEncode("Ladies + Gentlemen")).isEqualTo("Ladies%20%2B%20Gentlemen");
        assertThat(OAuth1Signer.percentEncode("An encoded string!")).isEqualTo("An%20encoded%20string%21");
        assertThat(OAuth1Signer.percentEncode("Dogs, Cats & Mice")).isEqualTo("Dogs%2C%20Cats%20%26%20Mice");
        assertThat(OAuth1Signer.percentEncode("☃")).isEqualTo("%E2%98%83");
        assertThat(OAuth1Signer.percentEncode("-._~")).isEqualTo("-._~");
    }

    @Test
    void pkceS256MatchesRfc7636AppendixB() {
        assertThat(OAuthCrypto.pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        String v = OAuthCrypto.pkceVerifier();
        assertThat(v).matches("[A-Za-z0-9_-]{43}");
        assertThat(OAuthCrypto.pkceVerifier()).isNotEqualTo(v);
    }

    @Test
    void withQueryKeepsExistingQueryAndFragment() {
        assertThat(OAuthCrypto.withQuery("https://a.example/x?y=1#frag", Map.of("user_id", "u 1")))
                .isEqualTo("https://a.example/x?y=1&user_id=u+1#frag");
        assertThat(OAuthCrypto.withQuery("myapp://done", Map.of("a", "b"))).isEqualTo("myapp://done?a=b");
    }
}

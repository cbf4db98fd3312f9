/** The baseline: a JVM that starts, prints and exits, with the same flags as the functions. */
public final class Hello {
    public static void main(String[] args) {
        System.out.println("hello, world");
    }
}

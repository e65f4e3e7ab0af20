package no.hjelperjournal;

public final class Main {
    public static void main(String[] args) {
        System.out.println("hjelperjournal");
    }
}

package org.umbra.app;
public final class Launcher { public static void main(String[] a) {} }

using System.Runtime.InteropServices;
using System.Text;

namespace FactCheck.Cli.Input;

/// <summary>
/// What kind of file a path names and which file it is (device and inode), asked of the kernel with
/// statx, without opening it: opening a FIFO blocks forever, and .NET's FileSystemInfo reports FIFOs,
/// devices and regular files alike. Linux only; elsewhere <see cref="TryGet"/> returns false and the
/// caller falls back to what .NET can tell.
/// </summary>
internal static class FileStat
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;
    private const int TypeMask = 0xF000;

    internal enum Kind
    {
        Regular,
        Directory,
        Link,
        Other,
    }

    /// <summary>One file, whatever names or links reach it.</summary>
    internal readonly record struct Identity(ulong DeviceMajor, ulong DeviceMinor, ulong Inode);

    /// <param name="followLinks">False to describe a link itself rather than what it points at.</param>
    /// <returns>False when the kernel cannot be asked (not Linux) or the path cannot be described (missing, a link loop).</returns>
    public static bool TryGet(string path, bool followLinks, out Kind kind, out Identity identity, out long size)
    {
        kind = Kind.Other;
        identity = default;
        size = 0;
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            if (Statx(AtCurrentDirectory, Encoding.UTF8.GetBytes(path + "\0"), followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, out var status) != 0)
            {
                return false;
            }

            kind = (status.Mode & TypeMask) switch
            {
                0x8000 => Kind.Regular,
                0x4000 => Kind.Directory,
                0xA000 => Kind.Link,
                _ => Kind.Other,
            };
            identity = new Identity(status.DeviceMajor, status.DeviceMinor, status.Inode);
            size = (long)Math.Min(status.Size, long.MaxValue);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // a C library without statx (glibc before 2.28)
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, out StatxBuffer status);

    // struct statx from linux/stat.h: the same layout on every architecture.
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }
}

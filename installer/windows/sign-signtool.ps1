# Sign the Windows bundle and MSI with signtool (Windows SDK) -- the path for a real certificate,
# including one on a hardware token or in a cloud HSM that only signtool can reach.
#
#   .\installer\windows\sign-signtool.ps1 -Target dist\invigilo -Thumbprint <SHA1 of the cert>
#   python installer\windows\build_msi.py --payload dist\invigilo --out dist\invigilo.msi
#   .\installer\windows\sign-signtool.ps1 -Target dist\invigilo.msi -Thumbprint <SHA1>
#
# SHA-256 file digests (/fd) and RFC 3161 timestamps with SHA-256 (/tr, /td): SignTool requires
# both options since Windows SDK 20236. Files that already carry a signature (python311.dll, Qt's
# DLLs) are left as their vendors signed them. Verified here: not run (written on Linux; the
# Linux path installer/windows/sign.py is what the tests exercise).
param(
    [Parameter(Mandatory = $true)][string]$Target,
    [Parameter(Mandatory = $true)][string]$Thumbprint,
    [string]$TimestampUrl = "http://timestamp.digicert.com",
    [string]$Description = "Invigilo"
)
$ErrorActionPreference = "Stop"

function Sign-One([string]$Path) {
    & signtool sign /sha1 $Thumbprint /fd SHA256 /tr $TimestampUrl /td SHA256 /d $Description $Path
    if ($LASTEXITCODE -ne 0) { throw "signtool sign failed for $Path" }
    & signtool verify /pa /q $Path
    if ($LASTEXITCODE -ne 0) { throw "signtool verify failed for $Path" }
}

if (Test-Path $Target -PathType Leaf) {
    Sign-One $Target
} else {
    Get-ChildItem -Path $Target -Recurse -Include *.exe, *.dll, *.pyd | ForEach-Object {
        $status = (Get-AuthenticodeSignature $_.FullName).Status
        if ($status -eq "NotSigned") { Sign-One $_.FullName }
    }
}

; Tejido's Windows installer, built on Linux with Debian's makensis (tests/windows/installer.sh).
; Tauri's own NSIS bundler downloads helper plugins while it bundles, which these offline
; machines cannot; this script needs nothing beyond what Debian's nsis package holds.
;
; What a person on a shared, old, offline laptop needs: installing without administrator
; rights (per user, under %LOCALAPPDATA%\Programs), a Start-menu entry, English, Spanish or
; French, and an uninstaller that removes the program and nothing else: a vault is never
; touched, wherever it is (Documents, a USB stick, the app's data folder).
;
; makensis -DVERSION=0.1.0 -DAPP=Tejido.exe -DCLI=tejido.exe -DLOADER=WebView2Loader.dll
;          -DOUTFILE=Tejido_0.1.0_x64-setup.exe [-DFAST_COMPRESSION] installer.nsi

Unicode true
; A 64-bit installer: Tejido is 64-bit only, and a 64-bit Wine runs it in the tests.
Target amd64-unicode
!ifdef FAST_COMPRESSION
  ; The quick CI run: zlib packs the debug build in seconds instead of minutes.
  SetCompressor zlib
!else
  SetCompressor /SOLID lzma
!endif
RequestExecutionLevel user

!include "MUI2.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !error "pass -DVERSION=..."
!endif

Name "Tejido"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Tejido"
InstallDirRegKey HKCU "Software\Tejido" "InstallDir"
BrandingText "Tejido ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Tejido"
VIAddVersionKey /LANG=0 "FileDescription" "Tejido installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "Tejido contributors"

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Tejido"
; WebView2's evergreen runtime registers itself under this client id.
!define WEBVIEW2_ID "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

!define MUI_ICON "..\icons\icon.ico"
!define MUI_UNICON "..\icons\icon.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "Software\Tejido"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString NoWebView2 ${LANG_ENGLISH} "Tejido needs Microsoft Edge WebView2, which is part of Windows 10 and 11 but is missing or turned off on this computer.$\r$\n$\r$\nTejido will be installed, but its window will not open until WebView2 is there. Ask the person who looks after this computer to install the $\"WebView2 Runtime$\" (Evergreen Standalone Installer) from a copy you trust; this installer never downloads anything.$\r$\n$\r$\nThe command-line tool (tejido.exe in the $\"cli$\" folder) works without it."
LangString NoWebView2 ${LANG_SPANISH} "Tejido necesita Microsoft Edge WebView2, que forma parte de Windows 10 y 11 pero falta o está desactivado en esta computadora.$\r$\n$\r$\nTejido se instalará, pero su ventana no se abrirá hasta que WebView2 esté presente. Pida a quien cuida esta computadora que instale el $\"WebView2 Runtime$\" (instalador independiente Evergreen) desde una copia de confianza; este instalador nunca descarga nada.$\r$\n$\r$\nLa herramienta de línea de comandos (tejido.exe en la carpeta $\"cli$\") funciona sin él."
LangString NoWebView2 ${LANG_FRENCH} "Tejido a besoin de Microsoft Edge WebView2, qui fait partie de Windows 10 et 11 mais manque ou est désactivé sur cet ordinateur.$\r$\n$\r$\nTejido sera installé, mais sa fenêtre ne s'ouvrira pas tant que WebView2 n'est pas là. Demandez à la personne qui s'occupe de cet ordinateur d'installer le $\"WebView2 Runtime$\" (programme d'installation autonome Evergreen) depuis une copie de confiance ; ce programme d'installation ne télécharge jamais rien.$\r$\n$\r$\nL'outil en ligne de commande (tejido.exe dans le dossier $\"cli$\") fonctionne sans lui."
LangString VaultsKept ${LANG_ENGLISH} "Tejido was removed. Your vaults were not touched: they stay where you saved them, and your settings and the demo stay in %APPDATA%\Tejido."
LangString VaultsKept ${LANG_SPANISH} "Tejido se desinstaló. Sus bóvedas no se tocaron: siguen donde las guardó, y su configuración y la demostración siguen en %APPDATA%\Tejido."
LangString VaultsKept ${LANG_FRENCH} "Tejido a été désinstallé. Vos coffres n'ont pas été touchés : ils restent là où vous les avez enregistrés, et vos réglages et la démonstration restent dans %APPDATA%\Tejido."
LangString CliShortcut ${LANG_ENGLISH} "Tejido command line (recovery)"
LangString CliShortcut ${LANG_SPANISH} "Tejido en línea de comandos (recuperación)"
LangString CliShortcut ${LANG_FRENCH} "Tejido en ligne de commande (récupération)"

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; Whether the WebView2 runtime is installed, machine-wide or for this user.
Function HasWebView2
  SetRegView 64
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_ID}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKLM "SOFTWARE\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_ID}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_ID}" "pv"
  ${EndIf}
  ${If} $0 == "0.0.0.0"
    StrCpy $0 ""
  ${EndIf}
FunctionEnd

Section "Tejido" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "/oname=Tejido.exe" "${APP}"
  ; The app does not start without the loader beside it (it is imported, not bundled).
  File "/oname=WebView2Loader.dll" "${LOADER}"
  ; The CLI in a folder of its own: Windows names ignore case, so tejido.exe and Tejido.exe
  ; cannot share a folder.
  SetOutPath "$INSTDIR\cli"
  File "/oname=tejido.exe" "${CLI}"
  SetOutPath "$INSTDIR"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\Tejido" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Tejido"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Tejido"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\Tejido.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /S"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  CreateShortCut "$SMPROGRAMS\Tejido.lnk" "$INSTDIR\Tejido.exe"
  CreateShortCut "$SMPROGRAMS\$(CliShortcut).lnk" "$SYSDIR\cmd.exe" "/k cd /d $\"$INSTDIR\cli$\" && tejido.exe --help" "$INSTDIR\Tejido.exe"

  Call HasWebView2
  ${If} $0 == ""
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(NoWebView2)" /SD IDOK
  ${EndIf}
SectionEnd

; Removes exactly what the installer put there. No wildcard and no recursive delete: a
; person may have saved a vault inside the program folder, and it must survive.
Section "Uninstall"
  Delete "$INSTDIR\Tejido.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\cli\tejido.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR\cli"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Tejido.lnk"
  Delete "$SMPROGRAMS\$(CliShortcut).lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\Tejido"
  MessageBox MB_OK|MB_ICONINFORMATION "$(VaultsKept)" /SD IDOK
SectionEnd

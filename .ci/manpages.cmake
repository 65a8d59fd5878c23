# manpages.cmake - briefcast(1) and briefcast-CMD(1) for every command the
# built tool's --help lists, each made by help2man from that command's own
# --help, so the pages never drift from the tool.
#   cmake -DBIN=path/briefcast -DHELP2MAN=path -DOUT_DIR=dir -P manpages.cmake
execute_process(COMMAND "${BIN}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${BIN} --help failed")
endif()
# The command list: the lines "  NAME   what it does" after "commands:".
string(REGEX MATCH "commands:\n(([ ]+[a-z]+ [^\n]*\n)+)" block "${help}")
string(REGEX MATCHALL "\n  [a-z]+ " names "\n${CMAKE_MATCH_1}")
file(MAKE_DIRECTORY "${OUT_DIR}")
set(pages "")
foreach(n IN LISTS names)
  string(STRIP "${n}" cmd)
  list(APPEND pages "${cmd}")
endforeach()
if(pages STREQUAL "")
  message(FATAL_ERROR "no commands found in ${BIN} --help")
endif()

execute_process(COMMAND "${BIN}" --version OUTPUT_VARIABLE version)
string(REGEX REPLACE "^briefcast " "" version "${version}")
string(STRIP "${version}" version)

# help2man names the page after the first word of the version string.
function(page name desc program)
  execute_process(
    COMMAND "${HELP2MAN}" --no-info --no-discard-stderr --section=1
            "--name=${desc}" "--version-string=${name} ${version}"
            "--output=${OUT_DIR}/${name}.1" "${program}"
    RESULT_VARIABLE r)
  if(NOT r EQUAL 0)
    message(FATAL_ERROR "help2man failed for ${name}")
  endif()
endfunction()

foreach(cmd IN LISTS pages)
  # "  run        the whole pipeline: ..." gives the page's one-line name.
  string(REGEX MATCH "\n  ${cmd} +([^\n]*)" m "\n${help}")
  set(desc "${CMAKE_MATCH_1}")
  # help2man runs a program with --help; a one-line script gives it
  # "briefcast CMD".
  set(wrapper "${OUT_DIR}/briefcast-${cmd}")
  file(WRITE "${wrapper}" "#!/bin/sh\nexec \"${BIN}\" ${cmd} \"$@\"\n")
  file(CHMOD "${wrapper}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
  page("briefcast-${cmd}" "${desc}" "${wrapper}")
  file(REMOVE "${wrapper}")
endforeach()
# The main page last: its file is what the build waits for.
page(briefcast "faithful briefs, audio and slides from essays and blog posts"
     "${BIN}")

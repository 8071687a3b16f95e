# sentra's headers comment with plain `//`: turn the comments that stand on their own
# lines into Doxygen comments, and the header's first line into its @file description.
1s#^// (sentra/[^ ]+) — (.*)$#/// @file \1\n/// \2#
s#^([[:space:]]*)// #\1/// #
s#^([[:space:]]*)//$#\1///#

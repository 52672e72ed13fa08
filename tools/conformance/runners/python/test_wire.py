"""Unit tests for the runner's pure helpers (wire, native peer lines, server reports):
    /usr/bin/python3 -m unittest discover -s tools/conformance/runners/python
"""
import asyncio
import unittest

from native import decode_reason, parse_code
from runner import Reports, accept_key, await_report, close_reply, decode_frame


class AcceptKeyTest(unittest.TestCase):
    def test_matches_the_rfc_example(self):  # RFC 6455 §1.3
        self.assertEqual(accept_key("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")


class DecodeFrameTest(unittest.TestCase):
    def test_unmasked_close(self):
        self.assertEqual(decode_frame(bytes.fromhex("880203e8ff")), (0x8, b"\x03\xe8", 4))

    def test_masked_close_is_unmasked(self):
        frame = bytes.fromhex("8885") + bytes(4) + b"\x03\xe8bye"  # a zero mask key leaves bytes as they are
        self.assertEqual(decode_frame(frame), (0x8, b"\x03\xe8bye", 11))
        masked = bytes.fromhex("88829211697791f9")
        self.assertEqual(decode_frame(masked), (0x8, b"\x03\xe8", 8))

    def test_16_and_64_bit_lengths(self):
        self.assertEqual(decode_frame(bytes.fromhex("887e000503e8627965")), (0x8, b"\x03\xe8bye", 9))
        self.assertEqual(decode_frame(bytes.fromhex("887f000000000000000503e8627965")),
                         (0x8, b"\x03\xe8bye", 15))

    def test_incomplete_frames_wait_for_more_bytes(self):
        for partial in ["", "88", "887e00", "8885000000", "880503e8"]:
            self.assertIsNone(decode_frame(bytes.fromhex(partial)), partial)

    def test_opcode_ignores_fin_and_rsv_bits(self):
        self.assertEqual(decode_frame(bytes.fromhex("8a00"))[0], 0xA)
        self.assertEqual(decode_frame(bytes.fromhex("7800"))[0], 0x8)


class CloseReplyTest(unittest.TestCase):
    def test_code_is_the_first_two_bytes_big_endian(self):
        self.assertEqual(close_reply(b"\x03\xeabye"), {"frame": "close", "code": 1002})

    def test_a_body_without_a_full_code_has_a_null_code(self):
        self.assertEqual(close_reply(b""), {"frame": "close", "code": None})
        self.assertEqual(close_reply(b"\x03"), {"frame": "close", "code": None})



class NativeLineTest(unittest.TestCase):
    """The fields a C or C++ peer prints (runners/native/README.md)."""

    def test_string_fields(self):
        self.assertIsNone(decode_reason("-"))
        self.assertEqual(decode_reason("="), "")
        self.assertEqual(decode_reason("=6869"), "hi")
        self.assertEqual(decode_reason("=61ff62"), "a\ufffdb")  # not UTF-8: U+FFFD in its place

    def test_code_field(self):
        self.assertIsNone(parse_code("-"))
        self.assertEqual(parse_code("1005"), 1005)


class ReportsTest(unittest.TestCase):
    """A server application's report reaches the vector that waits on its raw client's port."""

    def test_a_report_reaches_its_port_once(self):
        async def scenario():
            reports = Reports()
            reports.put(4000, 1000, "ignored")  # no vector waits on it: a handshake connection
            waiting = reports.expect(4000)
            reports.put(4000, 1001, "bye")
            reports.put(4000, 1002, "late")  # the port's vector has its report already
            reused = reports.expect(4000)  # the port comes back for a later vector
            return waiting.result(), reused.done()
        self.assertEqual(asyncio.run(scenario()), ({"code": 1001, "reason": "bye"}, False))

    def test_no_report_reads_as_null(self):
        async def scenario():
            return await await_report(asyncio.get_running_loop().create_future(), 0.01)
        self.assertEqual(asyncio.run(scenario()), {"code": None, "reason": None})


if __name__ == "__main__":
    unittest.main()
